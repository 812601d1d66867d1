package io.github.vnnews.internal.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The ordered, immutable list of rules the plain-text normaliser applies. Order matters: chrome
 * that can be recognised on its own goes first, then dates and the headline (which need only the
 * top of the article), then pieces fused into text, then the closing (source, byline), then
 * captions, and last the body.
 *
 * <p>Example: {@code RulePipeline.defaults().without("TrailingTitleRule").ruleNames()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class RulePipeline {
  private final List<Rule> rules;

  private RulePipeline(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * The default rules, in order.
   *
   * @return the pipeline
   */
  public static RulePipeline defaults() {
    return new RulePipeline(
        List.of(
            new ImageMarkerRule(),
            new PunctuationRule(),
            new PageRegionRule(),
            new DuplicateRule(),
            new FieldLabelRule(),
            new BoilerplateRule(),
            new ScriptTextRule(),
            LinePatternRule.MENU,
            LinePatternRule.MASTHEAD,
            LinePatternRule.FONT,
            LinePatternRule.WIDGET,
            LinePatternRule.SHARE,
            LinePatternRule.LOGIN,
            LinePatternRule.COPYRIGHT,
            LinePatternRule.TAGS,
            LinePatternRule.FOOTER,
            LinePatternRule.RELATED,
            LinePatternRule.CROSS_LINK,
            LinePatternRule.IMAGE_ALT,
            LinePatternRule.ADVERTISEMENT,
            LinePatternRule.VIEWS,
            RelatedBlockRule.HEADED,
            new PageChromeRule(),
            new DateLineRule(),
            new TitleRule(),
            new PageClockRule(),
            new OutletTagRule(),
            new LeadTagRule(),
            InlineChromeRule.RELATED,
            InlineChromeRule.CROSS_LINK,
            InlineChromeRule.TAGS,
            new EmbedLabelRule(),
            new InlineImageAltRule(),
            new ContinuationRule(),
            new ReaderCallOutRule(),
            new CallOutRule(),
            new SourceRule(),
            new CompiledNoteRule(),
            new BylineRule(),
            new TrailingChromeRule(),
            RelatedBlockRule.TEASERS,
            new PhotoCreditRule(),
            new TrailingTitleRule(),
            new GalleryTailRule(),
            new LeadCaptionRule(),
            new NameCaptionRule(),
            new FusedCaptionRule(),
            new UnmarkedCaptionRule(),
            new PageCaptionRule(),
            new CaptionRunRule(),
            new BodyRule()));
  }

  /**
   * A copy without the named rules (the final body rule always stays).
   *
   * @param names rule names as listed by {@link #ruleNames()}
   * @return the new pipeline
   */
  public RulePipeline without(String... names) {
    Set<String> drop = Set.copyOf(Arrays.asList(names));
    List<Rule> kept = new ArrayList<>();
    for (Rule r : rules) {
      if (!drop.contains(r.name()) || r instanceof BodyRule) {
        kept.add(r);
      }
    }
    return new RulePipeline(kept);
  }

  /**
   * The rules' names, in the order they run.
   *
   * @return the names
   */
  public List<String> ruleNames() {
    List<String> names = new ArrayList<>(rules.size());
    for (Rule r : rules) {
      names.add(r.name());
    }
    return List.copyOf(names);
  }

  List<Rule> rules() {
    return rules;
  }
}
