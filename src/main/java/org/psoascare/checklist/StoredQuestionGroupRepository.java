package org.psoascare.checklist;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredQuestionGroupRepository extends JpaRepository<StoredQuestionGroup, Long> {

}
