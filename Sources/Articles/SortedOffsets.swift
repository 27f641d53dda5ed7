/// The first element of the ascending `list` that is at least `k`, or `nil` (a lower-bound binary search),
/// as the Markdown and template-tag scanners ask it of their sorted offsets. - Complexity: O(log n).
func firstOffset(in list: [Int], atLeast k: Int) -> Int? {
    var low = 0, high = list.count
    while low < high {
        let middle = (low + high) / 2
        if list[middle] < k { low = middle + 1 } else { high = middle }
    }
    return low < list.count ? list[low] : nil
}
