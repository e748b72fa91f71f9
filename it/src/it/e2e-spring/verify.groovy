// The end-to-end checks every flavour shares, for the spring flavour under both path-matching strategies.
def binding = new Binding([basedir: basedir, flavours: ['spring', 'spring-ant']])
return new GroovyShell(binding).evaluate(new File(basedir, '../e2e-matrix/verify-flavour.groovy'))
