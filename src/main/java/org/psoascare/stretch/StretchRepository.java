package org.psoascare.stretch;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StretchRepository extends JpaRepository<Stretch, Long> {

	Optional<Stretch> findBySlug(String slug);

	List<Stretch> findBySlugIn(Collection<String> slugs);

	List<Stretch> findAllByOrderByName();

}
