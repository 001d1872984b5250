package org.psoascare.discovery;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.psoascare.guide.GuidePage;
import org.psoascare.plan.PlanViews;
import org.psoascare.stretch.RoutinePage;
import org.psoascare.stretch.StretchPage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Adds a page's JSON-LD to its model as {@code jsonLd} after its controller ran: the home
 * page, a guide, a stretch, a routine or a plan, recognised by the view and the record in
 * the model. The layout writes it in {@code <script type="application/ld+json">}. Other
 * pages have none.
 */
@Configuration(proxyBeanMethods = false)
class StructuredDataModel implements WebMvcConfigurer, HandlerInterceptor {

	static final String ATTRIBUTE = "jsonLd";

	/**
	 * Looked up when first needed: it needs asset URLs, which need the MVC set-up this
	 * configures.
	 */
	private final ObjectProvider<StructuredData> data;

	StructuredDataModel(ObjectProvider<StructuredData> data) {
		this.data = data;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/", "/guides/*", "/stretches/*", "/routines/*", "/plans/*");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || !view.hasView()) {
			return;
		}
		String jsonLd = jsonLd(view);
		if (jsonLd != null) {
			view.addObject(ATTRIBUTE, jsonLd);
		}
	}

	private String jsonLd(ModelAndView view) {
		if ("home".equals(view.getViewName())) {
			return data().website();
		}
		if (view.getModel().get("guide") instanceof GuidePage guide) {
			return data().guide(guide);
		}
		if (view.getModel().get("stretch") instanceof StretchPage stretch) {
			return data().stretch(stretch);
		}
		if (view.getModel().get("routine") instanceof RoutinePage routine) {
			return data().routine(routine);
		}
		if (view.getModel().get("plan") instanceof PlanViews.PlanPage plan) {
			return data().plan(plan);
		}
		return null;
	}

	private StructuredData data() {
		return this.data.getObject();
	}

}
