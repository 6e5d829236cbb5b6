using Blog.Tests.Support;

namespace Blog.Tests.Parity;

/// <summary>A site with a small bibliography (one English and one Chinese entry, three authors each) in the given math mode.</summary>
internal static class ParitySite
{
    public const string Bib = """
        @inproceedings{jang2017categorical,
          author = {Jang, Eric and Gu, Shixiang and Poole, Ben},
          title = {Categorical Reparameterization with {Gumbel-Softmax}},
          booktitle = {International Conference on Learning Representations}, year = {2017},
        }

        @article{zhang2019,
          author = {张三 and 李四 and 王五},
          title = {深度学习中的信息瓶颈},
          journal = {计算机学报}, year = {2019}, volume = {42}, pages = {1--10},
        }

        @book{knuth84,
          author = {Knuth, Donald E.},
          title = {The {TeX}book}, publisher = {Addison-Wesley}, year = {1984},
        }
        """;

    public static TestSite Create(string mode, string language = "zh-CN", string csl = "")
    {
        var site = TestSite.Empty();
        site.Settings(s =>
        {
            s["math"]!["render"] = mode;
            s["language"] = language;
            s["bibliography"] = new System.Text.Json.Nodes.JsonArray("refs.bib");
            if (csl.Length > 0) s["csl"] = csl;
        });
        site.WriteFile("input/refs.bib", Bib);
        return site;
    }

    public static string Post(string body, string title = "Notes") => $"---\ntitle: {title}\ndate: 2020-01-01\nslug: p\n---\n\n{body}\n";
}
