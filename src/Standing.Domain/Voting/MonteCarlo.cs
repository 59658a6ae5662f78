namespace Standing.Domain.Voting;

/// <summary>A Monte Carlo estimate, with the seed that reproduces it.</summary>
/// <param name="PAdmitted">The share of trials that passed.</param>
/// <param name="StandardError">Its standard error, √(p(1−p)/n).</param>
/// <param name="Trials">How many trials ran.</param>
/// <param name="Seed">The seed; the same seed, model and trials give the same estimate.</param>
public sealed record MonteCarloResult(double PAdmitted, double StandardError, long Trials, ulong Seed);

/// <summary>Simulates votes with correlated blocs, for what the exact engine cannot express.</summary>
/// <remarks>
/// Correlation: in each trial every bloc draws one uniform number; each member of a bloc uses it with
/// probability <c>correlation</c> and a draw of its own otherwise, then votes by inverse-CDF of its own probabilities.
/// Every member's own probabilities are kept exactly; members of a bloc move together. Members with bloc −1 are
/// independent. Randomness is a seeded xoshiro256** stream: no clock, no global state.
/// </remarks>
public static class MonteCarlo
{
    /// <summary>Trials are split into this many streams, whatever the number of cores.</summary>
    private const int Chunks = 8;

    /// <summary>Runs <paramref name="trials"/> simulated votes.</summary>
    /// <param name="members">The voters.</param>
    /// <param name="bloc">Each member's bloc index, or −1.</param>
    /// <param name="correlation">Within-bloc correlation, 0 to 1.</param>
    /// <param name="passes">Whether a simulated tally passes: (yes, no, abstain, vetoed by a holder).</param>
    /// <param name="vetoHolder">Whether member i holds a veto.</param>
    /// <param name="trials">Number of trials.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="progress">Called now and then with the trials done so far.</param>
    public static MonteCarloResult Run(
        IReadOnlyList<MemberStance> members, IReadOnlyList<int> bloc, double correlation, Func<int, int, int, bool, bool> passes,
        Func<int, bool>? vetoHolder, long trials, ulong seed, Action<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(bloc);
        ArgumentNullException.ThrowIfNull(passes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trials);
        var n = members.Count;
        var (cYes, cNo, cAbs) = (new double[n], new double[n], new double[n]);
        var holderBit = new int[n];
        for (var i = 0; i < n; i++)
        {
            cYes[i] = members[i].Yes;
            cNo[i] = cYes[i] + members[i].No;
            cAbs[i] = cNo[i] + members[i].Abstain;
            holderBit[i] = vetoHolder?.Invoke(i) == true ? 1 : 0;
        }

        // Members outside any bloc get correlation 0 and a dummy bloc slot, so the loop below has no branches on them.
        var blocs = (bloc.Count == 0 ? 0 : bloc.Max() + 1) + 1;
        var blocOf = bloc.Select(b => b >= 0 ? b + 1 : 0).ToArray();
        var rho = bloc.Select(b => b >= 0 ? correlation : 0).ToArray();
        var stretch = rho.Select(r => r < 1 ? 1 / (1 - r) : 0).ToArray();
        // Fixed chunks with their own streams: the estimate depends on the seed, never on how many threads ran it.
        var perChunk = new long[Chunks];
        Parallel.For(0, Chunks, chunk =>
        {
            var blocDraw = new double[blocs];
            var rng = new Xoshiro(unchecked(seed + ((ulong)chunk * 0x9E3779B97F4A7C15UL)));
            long passed = 0;
            var share = (trials / Chunks) + (chunk < trials % Chunks ? 1 : 0);
            for (long t = 0; t < share; t++)
            {
                for (var b = 1; b < blocs; b++)
                {
                    blocDraw[b] = rng.NextDouble();
                }

                int yes = 0, no = 0, abstain = 0, vetoes = 0;
                for (var i = 0; i < n; i++)
                {
                    // One draw decides both: below the correlation, follow the bloc; above it, rescaled, it is
                    // again a uniform number of the member's own.
                    var u = rng.NextDouble();
                    u = u < rho[i] ? blocDraw[blocOf[i]] : (u - rho[i]) * stretch[i];
                    // Counting by comparisons rather than branching: random outcomes defeat branch prediction.
                    int y = u < cYes[i] ? 1 : 0, yn = u < cNo[i] ? 1 : 0, yna = u < cAbs[i] ? 1 : 0;
                    yes += y;
                    no += yn - y;
                    abstain += yna - yn;
                    vetoes += (yn - y) & holderBit[i];
                }

                var vetoed = vetoes > 0;
                if (passes(yes, no, abstain, vetoed))
                {
                    passed++;
                }

                if (chunk == 0 && progress is not null && (t & 0xFFFF) == 0)
                {
                    progress(t * Chunks);
                }
            }

            perChunk[chunk] = passed;
        });

        var p = (double)perChunk.Sum() / trials;
        return new MonteCarloResult(p, Math.Sqrt(p * (1 - p) / trials), trials, seed);
    }

    /// <summary>Runs trials that hand each member's simulated choice to <paramref name="passes"/>; slower, for any rule.</summary>
    public static MonteCarloResult RunMembers(
        IReadOnlyList<MemberStance> members, IReadOnlyList<int> bloc, double correlation, Func<Admission.VoteChoice[], bool> passes, long trials, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(bloc);
        ArgumentNullException.ThrowIfNull(passes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trials);
        var n = members.Count;
        var blocs = bloc.Count == 0 ? 0 : bloc.Max() + 1;
        var blocDraw = new double[blocs];
        var choices = new Admission.VoteChoice[n];
        var rng = new Xoshiro(seed);
        long passed = 0;
        for (long t = 0; t < trials; t++)
        {
            for (var b = 0; b < blocs; b++)
            {
                blocDraw[b] = rng.NextDouble();
            }

            for (var i = 0; i < n; i++)
            {
                var u = rng.NextDouble();
                if (bloc[i] >= 0)
                {
                    u = u < correlation ? blocDraw[bloc[i]] : (u - correlation) / (1 - correlation);
                }

                var m = members[i];
                choices[i] = u < m.Yes ? Admission.VoteChoice.Yes
                    : u < m.Yes + m.No ? Admission.VoteChoice.No
                    : u < m.Yes + m.No + m.Abstain ? Admission.VoteChoice.Abstain
                    : Admission.VoteChoice.Absent;
            }

            passed += passes(choices) ? 1 : 0;
        }

        var p = (double)passed / trials;
        return new MonteCarloResult(p, Math.Sqrt(p * (1 - p) / trials), trials, seed);
    }

    /// <summary>xoshiro256** seeded through SplitMix64: fast, small, and reproducible from one 64-bit seed.</summary>
    private struct Xoshiro
    {
        private ulong _s0, _s1, _s2, _s3;

        public Xoshiro(ulong seed)
        {
            _s0 = SplitMix(ref seed);
            _s1 = SplitMix(ref seed);
            _s2 = SplitMix(ref seed);
            _s3 = SplitMix(ref seed);
        }

        public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

        // Wrapping arithmetic is the algorithm here, so these two methods opt out of the project's overflow checks.
        private ulong Next()
        {
            var result = unchecked(ulong.RotateLeft(_s1 * 5, 7) * 9);
            var t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = ulong.RotateLeft(_s3, 45);
            return result;
        }

        private static ulong SplitMix(ref ulong x)
        {
            unchecked
            {
                var z = x += 0x9E3779B97F4A7C15UL;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }
        }
    }
}
