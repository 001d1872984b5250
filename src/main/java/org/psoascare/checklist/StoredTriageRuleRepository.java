package org.psoascare.checklist;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredTriageRuleRepository extends JpaRepository<StoredTriageRule, Long> {

}
