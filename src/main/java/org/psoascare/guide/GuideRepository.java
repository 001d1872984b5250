package org.psoascare.guide;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface GuideRepository extends JpaRepository<Guide, Long> {

	Optional<Guide> findBySlug(String slug);

	List<Guide> findBySlugIn(Collection<String> slugs);

	List<Guide> findAllByOrderByTitle();

}
