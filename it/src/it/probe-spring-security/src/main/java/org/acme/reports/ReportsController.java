package org.acme.reports;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReportsController {
    @GetMapping("/health")
    String health() {
        return "up";
    }

    @GetMapping("/reports")
    List<String> reports() {
        return List.of("q1", "q2");
    }

    @GetMapping("/admin/stats")
    @PreAuthorize("hasRole('ADMIN')")
    List<Integer> stats() {
        return List.of(1, 2, 3);
    }
}
