using System.Runtime.Intrinsics;

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

    /// <summary>Whether to use the vectorised path where the hardware has 256-bit vectors; tests turn it off to check the scalar path.</summary>
    internal static bool UseVectors { get; set; } = true;

    /// <summary>Runs <paramref name="trials"/> simulated votes.</summary>
    /// <param name="members">The voters.</param>
    /// <param name="bloc">Each member's bloc index, or −1.</param>
    /// <param name="correlation">Within-bloc correlation, 0 to 1.</param>
    /// <param name="passes">Whether a simulated tally passes: (yes, no, abstain, vetoed by a holder).</param>
    /// <param name="vetoHolder">Whether member i holds a veto.</param>
    /// <param name="trials">Number of trials.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="progress">Called now and then with the trials done so far.</param>
    /// <param name="ct">Stops the run within a few thousand trials.</param>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static MonteCarloResult Run(
        IReadOnlyList<MemberStance> members, IReadOnlyList<int> bloc, double correlation, Func<int, int, int, bool, bool> passes,
        Func<int, bool>? vetoHolder, long trials, ulong seed, Action<long>? progress = null, CancellationToken ct = default)
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
        var vectorised = UseVectors && Vector256.IsHardwareAccelerated;
        var lanes = vectorised ? new Lanes(cYes, cNo, cAbs, rho, blocOf, holderBit) : null;
        Parallel.For(0, Chunks, new ParallelOptions { CancellationToken = ct }, chunk =>
        {
            var chunkSeed = unchecked(seed + ((ulong)chunk * 0x9E3779B97F4A7C15UL));
            var share = (trials / Chunks) + (chunk < trials % Chunks ? 1 : 0);
            if (lanes is not null)
            {
                perChunk[chunk] = lanes.Run(blocs, passes, share, chunkSeed, chunk == 0 ? progress : null, ct);
                return;
            }

            var blocDraw = new double[blocs];
            var rng = new Xoshiro(chunkSeed);
            long passed = 0;
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

                if ((t & 0xFFFF) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                    if (chunk == 0)
                    {
                        progress?.Invoke(t * Chunks);
                    }
                }
            }

            perChunk[chunk] = passed;
        });

        var p = (double)perChunk.Sum() / trials;
        return new MonteCarloResult(p, Math.Sqrt(p * (1 - p) / trials), trials, seed);
    }

    /// <summary>Runs trials that hand each member's simulated choice to <paramref name="passes"/>; slower, for any rule.</summary>
    public static MonteCarloResult RunMembers(
        IReadOnlyList<MemberStance> members, IReadOnlyList<int> bloc, double correlation, Func<Admission.VoteChoice[], bool> passes, long trials, ulong seed,
        Action<long>? progress = null, CancellationToken ct = default)
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
            if ((t & 0x3FFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
                progress?.Invoke(t);
            }
        }

        var p = (double)passed / trials;
        return new MonteCarloResult(p, Math.Sqrt(p * (1 - p) / trials), trials, seed);
    }

    /// <summary>
    /// The trial loop four members at a time: four xoshiro256** streams in the lanes of a 256-bit vector (its
    /// multiplications by 5 and 9 are shifts and adds), the high 32 bits of each draw deciding whether the member
    /// follows its bloc and the low 32 bits its own draw, compared with the member's thresholds scaled by 2³².
    /// Counting by comparison masks, with no branch per member. Rounding a threshold to 2⁻³³ moves no estimate
    /// by more than 2⁻³³ per member.
    /// </summary>
    private sealed class Lanes
    {
        private readonly Vector256<long>[] _yes, _no, _abstain, _follow, _holder;
        private readonly int[] _bloc;
        private readonly bool _anyHolder;

        public Lanes(double[] cYes, double[] cNo, double[] cAbs, double[] rho, int[] blocOf, int[] holder)
        {
            // Members are laid out bloc by bloc, each bloc padded to whole groups of four, so every group shares one
            // bloc draw (a broadcast, not four loads). Counts do not depend on the order of members.
            var order = new List<int>();
            var blocOfGroup = new List<int>();
            foreach (var bloc in blocOf.Distinct().Order())
            {
                var members = Enumerable.Range(0, blocOf.Length).Where(i => blocOf[i] == bloc).ToList();
                for (var k = 0; k < members.Count; k += 4)
                {
                    blocOfGroup.Add(bloc);
                    for (var lane = 0; lane < 4; lane++)
                    {
                        order.Add(k + lane < members.Count ? members[k + lane] : -1);
                    }
                }
            }

            var groups = blocOfGroup.Count;
            (_yes, _no, _abstain, _follow, _holder) = (new Vector256<long>[groups], new Vector256<long>[groups],
                new Vector256<long>[groups], new Vector256<long>[groups], new Vector256<long>[groups]);
            _bloc = [.. blocOfGroup];
            static long Scale(double p) => (long)Math.Round(Math.Clamp(p, 0, 1) * 4294967296.0);
            for (var g = 0; g < groups; g++)
            {
                // Padding lanes have all thresholds 0: always absent, never a veto.
                Vector256<long> Lane(Func<int, long> value) => Vector256.Create(
                    order[g * 4] < 0 ? 0 : value(order[g * 4]), order[(g * 4) + 1] < 0 ? 0 : value(order[(g * 4) + 1]),
                    order[(g * 4) + 2] < 0 ? 0 : value(order[(g * 4) + 2]), order[(g * 4) + 3] < 0 ? 0 : value(order[(g * 4) + 3]));
                _yes[g] = Lane(i => Scale(cYes[i]));
                _no[g] = Lane(i => Scale(cNo[i]));
                _abstain[g] = Lane(i => Scale(cAbs[i]));
                _follow[g] = Lane(i => Scale(rho[i]));
                _holder[g] = Lane(i => holder[i] == 1 ? -1L : 0L);
            }

            _anyHolder = holder.Any(h => h == 1);
        }

        public long Run(int blocs, Func<int, int, int, bool, bool> passes, long trials, ulong seed, Action<long>? progress, CancellationToken ct)
        {
            var blocDraw = new long[blocs];
            var scalar = new Xoshiro(seed);
            // Two independent streams take alternate groups, so the core can overlap their state updates.
            var a = new VectorStream(Seed(ref seed), Seed(ref seed), Seed(ref seed), Seed(ref seed));
            var b = new VectorStream(Seed(ref seed), Seed(ref seed), Seed(ref seed), Seed(ref seed));
            var low = Vector256.Create(0xFFFFFFFFUL);
            long passed = 0;
            for (long t = 0; t < trials; t++)
            {
                for (var k = 1; k < blocs; k++)
                {
                    blocDraw[k] = (long)(scalar.Next() >> 32);
                }

                var (yes, no, abstain, veto) = (Vector256<long>.Zero, Vector256<long>.Zero, Vector256<long>.Zero, Vector256<long>.Zero);
                var groups = _yes.Length;
                for (var g = 0; g < groups; g += 2)
                {
                    // Both draws first, so the two streams' updates overlap.
                    var xa = a.Next();
                    var xb = b.Next();
                    Count(g, xa, low, blocDraw, ref yes, ref no, ref abstain, ref veto);
                    if (g + 1 < groups)
                    {
                        Count(g + 1, xb, low, blocDraw, ref yes, ref no, ref abstain, ref veto);
                    }
                }

                var (y, lessNo, lessAbstain) = ((int)Vector256.Sum(yes), (int)Vector256.Sum(no), (int)Vector256.Sum(abstain));
                if (passes(y, lessNo - y, lessAbstain - lessNo, veto != Vector256<long>.Zero))
                {
                    passed++;
                }

                if ((t & 0xFFFF) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                    progress?.Invoke(t * Chunks);
                }
            }

            return passed;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private void Count(int g, Vector256<ulong> x, Vector256<ulong> low, long[] blocDraw,
            ref Vector256<long> yes, ref Vector256<long> no, ref Vector256<long> abstain, ref Vector256<long> veto)
        {
            var own = (x & low).AsInt64();
            var follow = Vector256.LessThan((x >>> 32).AsInt64(), _follow[g]);
            var u = Vector256.ConditionalSelect(follow, Vector256.Create(blocDraw[_bloc[g]]), own);
            var ly = Vector256.LessThan(u, _yes[g]);
            var ln = Vector256.LessThan(u, _no[g]);
            var la = Vector256.LessThan(u, _abstain[g]);
            // A true comparison is −1 in every bit: subtracting it counts one.
            yes -= ly;
            no -= ln;
            abstain -= la;
            if (_anyHolder)
            {
                veto |= ln & ~ly & _holder[g];
            }
        }

        /// <summary>Four xoshiro256** streams, one per lane; the multiplications by 5 and 9 are shifts and adds.</summary>
        private struct VectorStream(Vector256<ulong> s0, Vector256<ulong> s1, Vector256<ulong> s2, Vector256<ulong> s3)
        {
            private Vector256<ulong> _s0 = s0, _s1 = s1, _s2 = s2, _s3 = s3;

            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
            public Vector256<ulong> Next()
            {
                var m5 = (_s1 << 2) + _s1;
                var r = (m5 << 7) | (m5 >>> 57);
                var x = (r << 3) + r;
                var t = _s1 << 17;
                _s2 ^= _s0;
                _s3 ^= _s1;
                _s1 ^= _s2;
                _s0 ^= _s3;
                _s2 ^= t;
                _s3 = (_s3 << 45) | (_s3 >>> 19);
                return x;
            }
        }

        private static Vector256<ulong> Seed(ref ulong seed)
        {
            var x = new Xoshiro(seed);
            seed = unchecked(seed + 0xD1B54A32D192ED03UL);
            return Vector256.Create(x.Next(), x.Next(), x.Next(), x.Next());
        }
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
        public ulong Next()
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
