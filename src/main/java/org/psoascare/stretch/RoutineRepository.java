package org.psoascare.stretch;

import java.util.Optional;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RoutineRepository extends JpaRepository<Routine, Long> {

	Optional<Routine> findBySlug(String slug);

	List<Routine> findAllByOrderByTitle();

}
