package org.acme.shop;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A route the description does not have that forwards to one it has: the forward is dispatched
 * inside the server, past the filter, so only the guard on the handler Spring MVC chose sees it.
 */
@Controller
class LegacyController {
    @GetMapping("/legacy/admin-stats")
    String adminStats() {
        return "forward:/admin/stats";
    }
}
