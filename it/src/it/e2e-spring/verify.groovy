// The end-to-end checks every flavour shares, for flavour spring.
def binding = new Binding([basedir: basedir, flavour: 'spring'])
return new GroovyShell(binding).evaluate(new File(basedir, '../e2e-matrix/verify-flavour.groovy'))
