package org.psoascare.checklist;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredQuestionGroupRepository extends JpaRepository<StoredQuestionGroup, Long> {

}
