namespace Standing.Domain.Voting;

/// <summary>Exact probabilities of passing a <see cref="LinearCriterion"/> when members vote independently.</summary>
/// <remarks>
/// A dynamic program over the statistic a·yes − b·no − c·abstain: each member shifts the distribution by a, −b,
/// −c or 0 with its probabilities, so n members cost O(n · range) with range ≈ (a + max(b, c))·n. The yes ≥ 1 floor
/// is exact: P(criterion) − P(criterion and no yes vote), the second from the same program with yes votes removed.
/// A quorum adds a second dimension (members present). Veto holders' "no" transitions are dropped: a vetoed
/// outcome fails whatever the rest, so the mass that remains is exactly P(passes and no veto).
/// </remarks>
public static class ExactEngine
{
    /// <summary>P(the criterion is met and no veto holder votes no).</summary>
    /// <param name="members">The voters.</param>
    /// <param name="criterion">The condition.</param>
    /// <param name="vetoHolder">Whether member i holds a veto; null for none.</param>
    public static double Probability(IReadOnlyList<MemberStance> members, LinearCriterion criterion, Func<int, bool>? vetoHolder = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(criterion);
        if (criterion.MinimumYes > 1)
        {
            throw new ArgumentException("a floor of yes votes above one needs the yes count as a dimension; fold it into the threshold", nameof(criterion));
        }

        return criterion.Quorum is { } quorum
            ? WithQuorum(members, criterion, quorum, vetoHolder)
            : Pruned(members, criterion, vetoHolder)
              - (NoYesPasses(members, criterion, -1, vetoHolder)
                 ?? Tail(Distribution(members, criterion, vetoHolder, withYes: false), criterion, members.Count));
    }

    /// <summary>P(criterion), pruning as it goes: states that can no longer pass are dropped, states that pass
    /// whatever the remaining members do are banked, so the live window is at most (a + max(b, c)) · remaining wide.</summary>
    private static double Pruned(IReadOnlyList<MemberStance> members, LinearCriterion c, Func<int, bool>? veto)
    {
        var n = members.Count;
        var layout = new Layout(c, n);
        var need = layout.Offset + (c.Strict ? c.Threshold + 1 : c.Threshold);
        var (cur, next) = (new double[layout.Length], new double[layout.Length]);
        cur[layout.Offset] = 1;
        var (lo, hi) = (layout.Offset, layout.Offset);
        // What each buffer last held, so that shrinking windows leave only zeros behind them.
        var (curLo, curHi, nextLo, nextHi) = (lo, hi, 0, -1);
        var down = Math.Max(layout.B, layout.C);
        var banked = 0.0;
        for (var i = 0; i < n; i++)
        {
            Step(cur, next, ref lo, ref hi, layout, members[i], true, veto?.Invoke(i) == true);
            var remaining = n - i - 1;
            // Below needLo nothing can pass any more; from sureHi up everything passes whatever the rest do.
            var needLo = (int)Math.Max(0, need - ((long)layout.A * remaining));
            var sureHi = (int)Math.Min(layout.Length, need + ((long)down * remaining));
            for (var s = Math.Max(lo, sureHi); s <= hi; s++)
            {
                banked += next[s];
            }

            var (newLo, newHi) = (Math.Max(lo, needLo), Math.Min(hi, sureHi - 1));
            ClearOutside(next, Math.Min(lo, nextLo), Math.Max(hi, nextHi), newLo, newHi);
            (nextLo, nextHi) = (newLo, newHi);
            (lo, hi) = (newLo, newHi);
            (cur, next, curLo, curHi, nextLo, nextHi) = (next, cur, nextLo, nextHi, curLo, curHi);
            if (lo > hi)
            {
                break;
            }
        }

        var rest = 0.0;
        for (var s = Math.Max(lo, (int)Math.Max(0, need)); s <= hi; s++)
        {
            rest += cur[s];
        }

        return banked + rest;
    }

    /// <summary>Zeroes <paramref name="buffer"/> over [from, to] except the window [keepLo, keepHi].</summary>
    private static void ClearOutside(double[] buffer, int from, int to, int keepLo, int keepHi)
    {
        if (keepLo > keepHi)
        {
            Array.Clear(buffer, from, Math.Max(0, to - from + 1));
            return;
        }

        if (keepLo > from)
        {
            Array.Clear(buffer, from, keepLo - from);
        }

        if (to > keepHi)
        {
            Array.Clear(buffer, keepHi + 1, to - keepHi);
        }
    }

    /// <summary>
    /// P(the criterion is met with no yes vote at all, member <paramref name="skip"/> left out), in closed form when
    /// the threshold is not negative: with no yes vote the statistic is −b·no − c·abstain ≤ 0, so it can only reach
    /// t = 0 (never exceed it) and only if nobody votes no (when b &gt; 0) or abstains (when c &gt; 0). Null when a
    /// negative threshold needs the full program.
    /// </summary>
    private static double? NoYesPasses(IReadOnlyList<MemberStance> members, LinearCriterion c, int skip, Func<int, bool>? veto)
    {
        if (c.Threshold < 0)
        {
            return null;
        }

        if (c.Strict || c.Threshold > 0)
        {
            return 0;
        }

        var p = 1.0;
        for (var i = 0; i < members.Count; i++)
        {
            if (i == skip)
            {
                continue;
            }

            var m = members[i];
            p *= m.Absent + (c.B == 0 && veto?.Invoke(i) != true ? m.No : 0) + (c.C == 0 ? m.Abstain : 0);
        }

        return p;
    }

    /// <summary>
    /// For each member, P(passes | it votes yes) − P(passes | it votes no), from prefix and suffix tables in
    /// O(n · range) for all members together.
    /// </summary>
    public static double[] Swing(IReadOnlyList<MemberStance> members, LinearCriterion criterion, Func<int, bool>? vetoHolder = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(criterion);
        if (criterion.Quorum is not null || criterion.MinimumYes > 1)
        {
            return SwingByRerun(members, criterion, vetoHolder);
        }

        var n = members.Count;
        var layout = new Layout(criterion, n);
        var closedForm = criterion.Threshold >= 0;
        // States that cannot pass, or pass whatever the others do, add the same to P(passes | yes) and
        // P(passes | no) and cancel in the swing: the tables may drop them (closed-form case only).
        var bound = closedForm ? criterion.Strict ? criterion.Threshold + 1 : criterion.Threshold : (long?)null;
        var prefix = Prefixes(members, layout, vetoHolder, true, Buffers.Prefix, bound);
        var suffixTail = SuffixTails(members, layout, vetoHolder, true, Buffers.Suffix, bound);
        // Only a negative threshold needs the tables without yes votes; otherwise a closed form serves.
        var (prefix0, suffixTail0) = closedForm
            ? (prefix, suffixTail)
            : (Prefixes(members, layout, vetoHolder, false, new Rows()), SuffixTails(members, layout, vetoHolder, false, new Rows()));
        var swing = new double[n];
        var need = criterion.Strict ? criterion.Threshold + 1 : criterion.Threshold;
        for (var i = 0; i < n; i++)
        {
            var yes = Conditional(prefix, i, suffixTail, i + 1, layout, need - criterion.A);
            var noAll = vetoHolder?.Invoke(i) == true ? 0 : Conditional(prefix, i, suffixTail, i + 1, layout, need + criterion.B);
            // With member i voting no, passing without any yes vote needs b = 0 (then the others as in the closed form).
            var noWithoutYes = vetoHolder?.Invoke(i) == true ? 0
                : closedForm ? (criterion.B == 0 ? NoYesPasses(members, criterion, i, vetoHolder)!.Value : 0)
                : Conditional(prefix0, i, suffixTail0, i + 1, layout, need + criterion.B);
            swing[i] = yes - (noAll - noWithoutYes);
        }

        return swing;
    }

    /// <summary>The distribution of the number of yes votes (index k: P(exactly k yes)).</summary>
    public static double[] YesDistribution(IReadOnlyList<MemberStance> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var p = new double[members.Count + 1];
        p[0] = 1;
        for (var i = 0; i < members.Count; i++)
        {
            var y = members[i].Yes;
            for (var k = i + 1; k >= 1; k--)
            {
                p[k] = (p[k] * (1 - y)) + (p[k - 1] * y);
            }

            p[0] *= 1 - y;
        }

        return p;
    }

    /// <summary>Index arithmetic for the statistic: index = statistic + offset.</summary>
    /// <remarks>Padded by a below and max(b, c) above, so a step may read shifted neighbours without bounds tests.</remarks>
    private readonly struct Layout(LinearCriterion c, int n)
    {
        public readonly int A = c.A, B = c.B, C = c.C;
        public readonly int Offset = (Math.Max(c.B, c.C) * n) + c.A;
        public readonly int Length = ((c.A + Math.Max(c.B, c.C)) * (n + 1)) + 1;
    }

    private static double[] Distribution(IReadOnlyList<MemberStance> members, LinearCriterion c, Func<int, bool>? veto, bool withYes)
    {
        var layout = new Layout(c, members.Count);
        var cur = new double[layout.Length];
        var next = new double[layout.Length];
        cur[layout.Offset] = 1;
        var (lo, hi) = (layout.Offset, layout.Offset);
        for (var i = 0; i < members.Count; i++)
        {
            Step(cur, next, ref lo, ref hi, layout, members[i], withYes, veto?.Invoke(i) == true);
            (cur, next) = (next, cur);
        }

        return cur;
    }

    /// <summary>Adds one member: next[s] = yes·cur[s−a] + no·cur[s+b] + abstain·cur[s+c] + absent·cur[s], over the new window.</summary>
    /// <remarks>
    /// One fused pass, a vector at a time. No clearing is needed: windows only grow, so outside its window each
    /// buffer still holds the zeros it started with.
    /// </remarks>
    private static void Step(double[] cur, double[] next, ref int lo, ref int hi, Layout layout, MemberStance m, bool withYes, bool vetoHolder)
    {
        var (pYes, pNo, pAbs, pAbsent) = (withYes ? m.Yes : 0, vetoHolder ? 0 : m.No, m.Abstain, m.Absent);
        var (nlo, nhi) = (lo - Math.Max(layout.B, layout.C), hi + layout.A);
        var (a, b, c) = (layout.A, layout.B, layout.C);
        // Abstentions move the statistic like absences (c = 0) or like no votes (c = b): fold them in.
        var stay = pAbsent + (c == 0 ? pAbs : 0);
        var down = pNo + (c != 0 && c == b ? pAbs : 0);
        var extra = c != 0 && c != b ? pAbs : 0;
        var width = System.Numerics.Vector<double>.Count;
        var (vStay, vUp, vDown, vExtra) = (new System.Numerics.Vector<double>(stay), new System.Numerics.Vector<double>(pYes),
            new System.Numerics.Vector<double>(down), new System.Numerics.Vector<double>(extra));
        var s = nlo;
        for (; s + width - 1 <= nhi; s += width)
        {
            var v = System.Numerics.Vector.FusedMultiplyAdd(vDown, new System.Numerics.Vector<double>(cur, s + b),
                System.Numerics.Vector.FusedMultiplyAdd(vUp, new System.Numerics.Vector<double>(cur, s - a), vStay * new System.Numerics.Vector<double>(cur, s)));
            if (extra != 0)
            {
                v += vExtra * new System.Numerics.Vector<double>(cur, s + c);
            }

            v.CopyTo(next, s);
        }

        for (; s <= nhi; s++)
        {
            next[s] = (stay * cur[s]) + (pYes * cur[s - a]) + (down * cur[s + b]) + (extra * cur[s + c]);
        }

        (lo, hi) = (nlo, nhi);
    }

    /// <summary>One row of the quorum step: next = absent·same + yes·below[s−a] + no·below[s+b] + abstain·below[s+c].</summary>
    private static void Present(double[] same, double[]? below, double[] next, int nlo, int nhi, Layout layout, double pYes, double pNo, double pAbs, double pAbsent)
    {
        var (a, b, c) = (layout.A, layout.B, layout.C);
        var width = System.Numerics.Vector<double>.Count;
        var (vAbsent, vYes, vNo, vAbs) = (new System.Numerics.Vector<double>(pAbsent), new System.Numerics.Vector<double>(pYes),
            new System.Numerics.Vector<double>(pNo), new System.Numerics.Vector<double>(pAbs));
        var s = nlo;
        for (; s + width - 1 <= nhi; s += width)
        {
            var v = vAbsent * new System.Numerics.Vector<double>(same, s);
            if (below is not null)
            {
                v += (vYes * new System.Numerics.Vector<double>(below, s - a)) + (vNo * new System.Numerics.Vector<double>(below, s + b))
                    + (vAbs * new System.Numerics.Vector<double>(below, s + c));
            }

            v.CopyTo(next, s);
        }

        for (; s <= nhi; s++)
        {
            next[s] = (pAbsent * same[s]) + (below is null ? 0 : (pYes * below[s - a]) + (pNo * below[s + b]) + (pAbs * below[s + c]));
        }
    }

    private static double Tail(double[] distribution, LinearCriterion c, int n)
    {
        var layout = new Layout(c, n);
        var start = (long)layout.Offset + (c.Strict ? c.Threshold + 1 : c.Threshold);
        var sum = 0.0;
        for (var s = Math.Max(0, start); s < distribution.Length; s++)
        {
            sum += distribution[s];
        }

        return sum;
    }

    /// <summary>Rows of a table kept in one flat array, each with the window [Lo, Hi] that holds its values.</summary>
    /// <remarks>Cells outside a row's window are never read, so the array is reused across calls without clearing.</remarks>
    private sealed class Rows
    {
        public double[] Data = [];
        public int[] Lo = [];
        public int[] Hi = [];
        public int Stride;

        public void Ensure(int rows, int stride)
        {
            Stride = stride;
            if (Data.Length < rows * stride)
            {
                Data = GC.AllocateUninitializedArray<double>(rows * stride);
            }

            if (Lo.Length < rows)
            {
                (Lo, Hi) = (new int[rows], new int[rows]);
            }
        }

        public Span<double> Row(int r) => Data.AsSpan(r * Stride, Stride);
    }

    /// <summary>Per-thread tables for <see cref="Swing"/>, reused from call to call.</summary>
    private static class Buffers
    {
        [ThreadStatic]
        private static Rows? _prefix;

        [ThreadStatic]
        private static Rows? _suffix;

        public static Rows Prefix => _prefix ??= new Rows();

        public static Rows Suffix => _suffix ??= new Rows();
    }

    /// <summary>prefix row i: the statistic of members 0..i−1 (row 0: nothing yet), each with its window.</summary>
    private static Rows Prefixes(IReadOnlyList<MemberStance> members, Layout layout, Func<int, bool>? veto, bool withYes, Rows rows, long? need = null)
    {
        var n = members.Count;
        rows.Ensure(n + 1, layout.Length);
        var (cur, next) = (new double[layout.Length], new double[layout.Length]);
        cur[layout.Offset] = 1;
        var (lo, hi) = (layout.Offset, layout.Offset);
        var extents = new Extents(lo, hi);
        Keep(rows, 0, cur, lo, hi);
        for (var i = 0; i < n; i++)
        {
            Step(cur, next, ref lo, ref hi, layout, members[i], withYes, veto?.Invoke(i) == true);
            // Row i + 1 is combined with member i + 1's vote and members after it: n − i − 1 members to come.
            Prune(next, ref lo, ref hi, layout, need, n - i - 1, ref extents);
            (cur, next) = (next, cur);
            Keep(rows, i + 1, cur, lo, hi);
        }

        return rows;
    }

    /// <summary>The extents each of the two working buffers last held, so shrinking windows leave zeros behind.</summary>
    private struct Extents(int lo, int hi)
    {
        public (int Lo, int Hi) Current = (lo, hi), Other = (0, -1);
    }

    /// <summary>
    /// Drops from a freshly stepped buffer the states that cannot reach <paramref name="need"/> even if all
    /// <paramref name="toCome"/> members still to be added vote yes, and those that reach it even if all vote no.
    /// </summary>
    private static void Prune(double[] buffer, ref int lo, ref int hi, Layout layout, long? need, int toCome, ref Extents extents)
    {
        if (need is not { } t)
        {
            return;
        }

        var down = Math.Max(layout.B, layout.C);
        var target = layout.Offset + t;
        var newLo = (int)Math.Max(lo, target - ((long)layout.A * toCome));
        var newHi = (int)Math.Min(hi, target + ((long)down * toCome) - 1);
        // The buffer being written is the "other" one: clear what it held before outside the kept window.
        ClearOutside(buffer, Math.Min(lo, extents.Other.Lo), Math.Max(hi, extents.Other.Hi), newLo, newHi);
        (lo, hi) = newLo <= newHi ? (newLo, newHi) : (newLo, newLo - 1);
        extents = new Extents { Current = (lo, hi), Other = extents.Current };
    }

    private static void Keep(Rows rows, int r, double[] source, int lo, int hi)
    {
        source.AsSpan(lo, hi - lo + 1).CopyTo(rows.Row(r)[lo..]);
        (rows.Lo[r], rows.Hi[r]) = (lo, hi);
    }

    /// <summary>suffix row i: reversed tail sums of the statistic of members i..n−1 (see <see cref="CumulativeFromTop"/>).</summary>
    private static Rows SuffixTails(IReadOnlyList<MemberStance> members, Layout layout, Func<int, bool>? veto, bool withYes, Rows rows, long? need = null)
    {
        var n = members.Count;
        rows.Ensure(n + 1, layout.Length);
        var (cur, next) = (new double[layout.Length], new double[layout.Length]);
        cur[layout.Offset] = 1;
        var (lo, hi) = (layout.Offset, layout.Offset);
        var extents = new Extents(lo, hi);
        CumulativeFromTop(cur, lo, hi, rows.Row(n));
        for (var i = n - 1; i >= 0; i--)
        {
            Step(cur, next, ref lo, ref hi, layout, members[i], withYes, veto?.Invoke(i) == true);
            // Row i is combined with members 0..i−2 and member i − 1's vote: i members to come.
            Prune(next, ref lo, ref hi, layout, need, i, ref extents);
            (cur, next) = (next, cur);
            CumulativeFromTop(cur, lo, hi, rows.Row(i));
        }

        return rows;
    }

    /// <summary>
    /// The tail sums of <paramref name="d"/> (non-zero only in [lo, hi]), stored reversed: r[j] = P(statistic index ≥
    /// Length − 1 − j), so the sums in <see cref="Conditional"/> run forwards through both arrays and vectorise.
    /// </summary>
    private static void CumulativeFromTop(double[] d, int lo, int hi, Span<double> r)
    {
        var length = d.Length;
        if (lo > hi)
        {
            r.Clear();
            return;
        }

        r[..(length - 1 - hi)].Clear();
        var sum = 0.0;
        for (var s = hi; s >= lo; s--)
        {
            sum += d[s];
            r[length - 1 - s] = sum;
        }

        r[(length - lo)..].Fill(sum);
    }

    /// <summary>P(prefix + suffix ≥ need) given the member's own shift folded into <paramref name="need"/>.</summary>
    /// <remarks>
    /// With prefix index l, the suffix must reach index k − l where k = need + 2·offset: all of it when k − l ≤ 0,
    /// none when k − l ≥ Length, else the reversed tail at Length − 1 − k + l, which moves forward with l.
    /// Only the prefix row's window is read.
    /// </remarks>
    private static double Conditional(Rows prefixRows, int p, Rows tailRows, int t, Layout layout, long need)
    {
        var prefix = prefixRows.Row(p);
        var reversedTail = tailRows.Row(t);
        var (lo, hi) = (prefixRows.Lo[p], prefixRows.Hi[p]);
        var length = reversedTail.Length;
        var k = need + (2L * layout.Offset);
        var total = reversedTail[length - 1];
        var sum = 0.0;
        for (var l = Math.Max(lo, k); l <= hi; l++)
        {
            sum += prefix[(int)l] * total;
        }

        var (from, to) = ((int)Math.Max(lo, k - length + 1), (int)Math.Min(hi, k - 1));
        if (from > to)
        {
            return sum;
        }

        var shift = (int)(length - 1 - k);
        var width = System.Numerics.Vector<double>.Count;
        var acc = System.Numerics.Vector<double>.Zero;
        var i = from;
        for (; i + width - 1 <= to; i += width)
        {
            acc = System.Numerics.Vector.FusedMultiplyAdd(new System.Numerics.Vector<double>(prefix[i..]), new System.Numerics.Vector<double>(reversedTail[(i + shift)..]), acc);
        }

        sum += System.Numerics.Vector.Sum(acc);
        for (; i <= to; i++)
        {
            sum += prefix[i] * reversedTail[i + shift];
        }

        return sum;
    }

    private static double WithQuorum(IReadOnlyList<MemberStance> members, LinearCriterion c, int quorum, Func<int, bool>? veto)
    {
        double Run(bool withYes)
        {
            var layout = new Layout(c, members.Count);
            var n = members.Count;
            // Second dimension: how many members are present (yes, no or abstain) so far.
            var cur = new double[n + 1][];
            var next = new double[n + 1][];
            for (var k = 0; k <= n; k++)
            {
                (cur[k], next[k]) = (new double[layout.Length], new double[layout.Length]);
            }

            cur[0][layout.Offset] = 1;
            var (lo, hi) = (layout.Offset, layout.Offset);
            for (var i = 0; i < n; i++)
            {
                var m = members[i];
                var (pYes, pNo, pAbs, pAbsent) = (withYes ? m.Yes : 0, veto?.Invoke(i) == true ? 0 : m.No, m.Abstain, m.Absent);
                var (nlo, nhi) = (lo - Math.Max(layout.B, layout.C), hi + layout.A);
                // Row k of present members keeps its absentees and gains the yes, no and abstain moves from row k − 1.
                // As in Step, windows only grow, so cells outside a buffer's window still hold zeros.
                for (var k = 0; k <= i + 1; k++)
                {
                    Present(cur[k], k == 0 ? null : cur[k - 1], next[k], nlo, nhi, layout, pYes, pNo, pAbs, pAbsent);
                }

                (cur, next, lo, hi) = (next, cur, nlo, nhi);
            }

            var total = 0.0;
            for (var k = quorum; k <= n; k++)
            {
                total += Tail(cur[k], c, n);
            }

            return total;
        }

        // Veto holders' "no" is already excluded when nobody may vote no, so the closed form holds with vetoes too.
        return Run(true) - (NoYesWithQuorum(members, c, quorum) ?? Run(false));
    }

    /// <summary>
    /// P(met with no yes vote, quorum reached) without the second dimension of the statistic: for t = 0 and b &gt; 0
    /// nobody may vote no, so only abstentions (allowed when c = 0) make up the members present.
    /// </summary>
    private static double? NoYesWithQuorum(IReadOnlyList<MemberStance> members, LinearCriterion c, int quorum)
    {
        if (c.Threshold < 0 || c.B == 0)
        {
            return null;
        }

        if (c.Strict || c.Threshold > 0)
        {
            return 0;
        }

        // present[k]: P(no yes, no "no", k abstentions so far)
        var present = new double[members.Count + 1];
        present[0] = 1;
        for (var i = 0; i < members.Count; i++)
        {
            var (abstain, absent) = (c.C == 0 ? members[i].Abstain : 0, members[i].Absent);
            for (var k = i + 1; k >= 1; k--)
            {
                present[k] = (present[k] * absent) + (present[k - 1] * abstain);
            }

            present[0] *= absent;
        }

        return present.Skip(quorum).Sum();
    }

    private static double[] SwingByRerun(IReadOnlyList<MemberStance> members, LinearCriterion c, Func<int, bool>? veto)
    {
        var swing = new double[members.Count];
        var copy = members.ToArray();
        for (var i = 0; i < members.Count; i++)
        {
            var original = copy[i];
            copy[i] = original.Certain(Admission.VoteChoice.Yes);
            var yes = Probability(copy, c, veto);
            copy[i] = original.Certain(Admission.VoteChoice.No);
            var no = Probability(copy, c, veto);
            copy[i] = original;
            swing[i] = yes - no;
        }

        return swing;
    }
}
