using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>Places blocks on pages top to bottom, honouring page breaks, keep-with-next chains and repeated table headers.</summary>
internal sealed class Paginator
{
    private const double Tolerance = 0.01;

    private readonly XRect _body;
    private readonly List<List<PlacedBlock>> _pages = [];
    private List<PlacedBlock> _page = [];
    private double _y;
    private bool _hasContent;

    // The page the blocks since the last page break began on.
    private int _sinceBreak;

    private Paginator(XRect body)
    {
        _body = body;
    }

    public int OversizedBlocks { get; private set; }

    public static (List<List<PlacedBlock>> Pages, int Oversized) Paginate(IReadOnlyList<LayoutBlock> blocks, XRect body)
    {
        var paginator = new Paginator(body);
        paginator.Run(blocks);
        return (paginator._pages, paginator.OversizedBlocks);
    }

    private void Run(IReadOnlyList<LayoutBlock> blocks)
    {
        var queue = blocks.ToList();
        var i = 0;
        while (i < queue.Count)
        {
            var block = queue[i];
            if (block is PageBreakBlock pageBreak)
            {
                if (_hasContent && !(pageBreak.OnlyAfterOnePage && _pages.Count > _sinceBreak))
                {
                    NewPage();
                }

                _sinceBreak = _pages.Count;
                i++;
                continue;
            }

            if (!_hasContent && block.DiscardAtPageTop)
            {
                i++;
                continue;
            }

            if (!_hasContent && _page.Count == 0 && block.ContinuationHeader is { } header)
            {
                Place(header, repeated: true);
                _hasContent = false;
            }

            var available = _body.Height - _y;
            var chain = ChainHeight(queue, i);
            var freshCapacity = _body.Height - (block.ContinuationHeader?.Height ?? 0);
            if (chain <= available + Tolerance || (chain > freshCapacity + Tolerance && block.Height <= available + Tolerance))
            {
                Place(block);
                i++;
                continue;
            }

            var fitsOnAPage = block.Height <= freshCapacity + Tolerance;
            if (_hasContent && fitsOnAPage)
            {
                NewPage();
                continue;
            }

            if (block.Height <= available + Tolerance)
            {
                Place(block);
                i++;
            }
            else if (block.TrySplit(available, out var head, out var tail))
            {
                Place(head);
                queue[i] = tail;
            }
            else if (_hasContent)
            {
                NewPage();
            }
            else
            {
                OversizedBlocks++;
                Place(block);
                i++;
            }
        }

        if (_page.Count > 0 || _pages.Count == 0)
        {
            _pages.Add(_page);
        }
    }

    private double ChainHeight(List<LayoutBlock> queue, int start)
    {
        var height = queue[start].Height;
        for (var j = start; queue[j].KeepWithNext && j + 1 < queue.Count && height <= _body.Height; j++)
        {
            if (queue[j + 1] is PageBreakBlock)
            {
                break;
            }

            height += queue[j + 1].Height;
        }

        return height;
    }

    private void Place(LayoutBlock block, bool repeated = false)
    {
        _page.Add(new PlacedBlock(block, new XPoint(_body.X, _body.Y + _y)) { Repeated = repeated });
        _y += block.Height;
        _hasContent = true;
    }

    private void NewPage()
    {
        _pages.Add(_page);
        _page = [];
        _y = 0;
        _hasContent = false;
    }
}
