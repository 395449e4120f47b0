package io.aifgym.agents.baselines.bandit;

/**
 * The special functions Bayes-UCB needs, in plain Java: the log-gamma function (Lanczos,
 * g = 7, nine terms), the regularised incomplete beta function (continued fraction by the
 * modified Lentz method), the standard normal distribution function (through the regularised
 * incomplete gamma function, {@code erfc(z) = Q(1/2, z^2)}) and their quantiles by
 * safeguarded Newton iterations. Accurate to about 1e-13.
 */
final class Quantiles {

    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    private static final double LOG_SQRT_PI = 0.5 * Math.log(Math.PI);
    private static final double EPS = 1e-16;
    private static final double TINY = 1e-300;
    private static final int MAX_ITERATIONS = 10_000;

    private Quantiles() {
    }

    /** {@code ln Gamma(x)} for {@code x > 0}. */
    static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
        }
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + 7.5;
        return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** The regularised incomplete beta function {@code I_x(a, b)}. */
    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
        if (x < (a + 1) / (a + b + 2)) {
            return Math.exp(logFront) * betaFraction(x, a, b) / a;
        }
        return 1 - Math.exp(logFront) * betaFraction(1 - x, b, a) / b;
    }

    private static double betaFraction(double x, double a, double b) {
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = 1 - qab * x / qap;
        d = Math.abs(d) < TINY ? TINY : d;
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < TINY ? TINY : d;
            c = 1 + aa / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < TINY ? TINY : d;
            c = 1 + aa / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < EPS) {
                return h;
            }
        }
        throw new ArithmeticException("regularizedBeta: continued fraction did not converge for a " + a + ", b " + b
                + ", x " + x);
    }

    /** The density of Beta(a, b) at x in (0, 1). */
    static double betaDensity(double x, double a, double b) {
        return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) + logGamma(a + b) - logGamma(a)
                - logGamma(b));
    }

    /** The p-quantile of Beta(a, b), p in (0, 1). */
    static double betaQuantile(double p, double a, double b) {
        double mean = a / (a + b);
        double sd = Math.sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)));
        double x = Math.min(Math.max(mean + normalQuantile(p) * sd, 1e-12), 1 - 1e-12);
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 200; i++) {
            double f = regularizedBeta(x, a, b) - p;
            if (f < 0) {
                lo = x;
            } else {
                hi = x;
            }
            if (f == 0 || hi - lo < 1e-15) {
                return x;
            }
            double density = betaDensity(x, a, b);
            double next = density > 0 ? x - f / density : Double.NaN;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - x) < 1e-14 * Math.max(x, 1e-300)) {
                return next;
            }
            x = next;
        }
        return x;
    }

    /** The standard normal distribution function. */
    static double normalCdf(double x) {
        double z = Math.abs(x) / Math.sqrt(2);
        double upper = 0.5 * upperGamma(0.5, z * z);
        return x < 0 ? upper : 1 - upper;
    }

    /** The regularised upper incomplete gamma function {@code Q(a, x)}, for a = 1/2 only. */
    private static double upperGamma(double a, double x) {
        if (x <= 0) {
            return 1;
        }
        double logFront = -x + a * Math.log(x) - LOG_SQRT_PI;
        if (x < a + 1) {
            double sum = 1 / a;
            double term = sum;
            for (int n = 1; n <= MAX_ITERATIONS; n++) {
                term *= x / (a + n);
                sum += term;
                if (Math.abs(term) < Math.abs(sum) * EPS) {
                    return 1 - sum * Math.exp(logFront);
                }
            }
            throw new ArithmeticException("upperGamma: series did not converge for x " + x);
        }
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i <= MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < TINY ? TINY : d;
            c = b + an / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < EPS) {
                return Math.exp(logFront) * h;
            }
        }
        throw new ArithmeticException("upperGamma: continued fraction did not converge for x " + x);
    }

    /** The p-quantile of the standard normal distribution, p in (0, 1). */
    static double normalQuantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p: expected a probability in (0, 1), found " + p);
        }
        double q = Math.min(p, 1 - p);
        // Abramowitz and Stegun 26.2.23 as the start (error below 4.5e-4), then Newton on the lower tail.
        double t = Math.sqrt(-2 * Math.log(q));
        double x = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t)
                / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t));
        for (int i = 0; i < 50; i++) {
            double density = Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
            double step = (normalCdf(x) - q) / density;
            x -= step;
            if (Math.abs(step) < 1e-15 * Math.max(1, Math.abs(x))) {
                break;
            }
        }
        return p < 0.5 ? x : -x;
    }
}
