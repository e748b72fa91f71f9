package org.acme.shop;

/** The same proof under Spring MVC's other path-matching strategy, AntPathMatcher with UrlPathHelper. */
class SpringAntPathMatcherAuthMatrixTest extends SpringAuthMatrixTest {
    @Override
    protected String[] settings() {
        return new String[] {"--spring.mvc.pathmatch.matching-strategy=ant_path_matcher"};
    }

    @Override
    protected String flavour() {
        return "spring-ant";
    }
}
