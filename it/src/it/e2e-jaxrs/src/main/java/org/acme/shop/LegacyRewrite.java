package org.acme.shop;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.net.URI;

/**
 * A route the description does not have, rewritten to one it has by the application's own filter,
 * which runs after openapi-auth's pre-matching filter: only the guard on the matched method sees it.
 */
@PreMatching
@Priority(Priorities.USER)
public class LegacyRewrite implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext context) {
        if (context.getUriInfo().getPath().equals("legacy/admin-stats")) {
            context.setRequestUri(URI.create(context.getUriInfo().getBaseUri() + "admin/stats"));
        }
    }
}
