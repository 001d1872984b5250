package org.psoascare.stretch;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoutineRepository extends JpaRepository<Routine, Long> {

	Optional<Routine> findBySlug(String slug);

	/** Every routine, by title, with its steps in the same query. */
	@EntityGraph(attributePaths = "steps")
	List<Routine> findAllByOrderByTitle();

}
