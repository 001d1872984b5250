package org.psoascare.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	@CachedPage
	@GetMapping("/")
	String home() {
		return "home";
	}

}
