package org.psoascare.checklist;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredTriageRuleRepository extends JpaRepository<StoredTriageRule, Long> {

}
