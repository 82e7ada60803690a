import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Button } from '@nl-design-system-candidate/button-react';
import { Alert, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { graphApi, themesApi } from '../api/network.ts';
import type { GraphNode } from '../api/types.ts';
import { useWorkspace } from '../auth/workspace-context.ts';
import { Combobox, type ComboOption } from '../components/Combobox.tsx';
import { PartyCombobox } from '../components/PartyCombobox.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { TextField } from '../components/TextField.tsx';
import { CheckboxField } from '../components/CheckboxField.tsx';
import { Loading, LoadError } from '../components/QueryStatus.tsx';
import { PageSection } from '../components/PageSection.tsx';
import { useDocumentTitle } from '../lib/use-document-title.ts';
import { useSearchParamsState } from '../lib/use-search-params-state.ts';
import { useOrganisationOptions } from '../lib/use-organisation-options.ts';
import { useRelationTypes } from '../lib/use-relation-types.ts';
import { useFormat } from '../i18n/format.ts';
import { buildGraph, groupOf, type ColourBy } from './build-graph.ts';
import { NetworkCanvas, type NetworkCanvasHandle } from './NetworkCanvas.tsx';
import { NodePanel } from './NodePanel.tsx';
import { AdjacencyTable } from './AdjacencyTable.tsx';
import { layoutKey, useNetworkLayout } from './use-network-layout.ts';
import { svgToPng, viewToSvg } from './export-image.ts';
import { download } from '../lib/download.ts';
import { hasWebGL } from './webgl.ts';
import { otherColour } from './colours.ts';
import { applyEncoding } from './metric-encoding.ts';
import { EncodingLegendView, EncodingSelects } from './EncodingControls.tsx';
import { usePictureEncoding } from './use-picture-encoding.ts';

const organisationKindKeys = new Set([
  'municipality',
  'province',
  'water_board',
  'joint_arrangement',
  'central_government',
  'supplier',
  'consultancy',
  'knowledge_institution',
  'network',
  'department',
  'management_team',
  'executive_board',
  'council',
  'team',
  'other',
]);

/**
 * The network picture: the workspace or one party's neighbourhood drawn with sigma (WebGL),
 * laid out by ForceAtlas2 in a worker, with filters, search, export and the same network as a
 * sortable table below it.
 */
export default function NetworkPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('network.title'));
  const ws = useWorkspace();
  const fmt = useFormat();
  const [params, setParams] = useSearchParamsState(
    ['centre', 'centreName', 'depth', 'themeId', 'organisationId', 'asOf', 'colour', 'size'] as const,
    {
      depth: '1',
      colour: 'organisation',
      size: 'degree',
    },
  );
  const colourBy = (params.colour === 'kind' ? 'kind' : 'organisation') as ColourBy;
  const [hiddenTypes, setHiddenTypes] = useState<ReadonlySet<string>>(new Set());
  const [hovered, setHovered] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const canvas = useRef<NetworkCanvasHandle>(null);
  const webgl = useMemo(hasWebGL, []);
  const relationTypes = useRelationTypes(ws.id);
  const { options: organisationOptions } = useOrganisationOptions(ws.id);
  const themes = useQuery({
    queryKey: ['themes', ws.id, 'options'],
    queryFn: () => themesApi.list(ws.id, { limit: 200, sort: 'title' }),
    staleTime: 60_000,
  });

  const query = {
    centre: params.centre || undefined,
    depth: params.centre ? Number(params.depth) || 1 : undefined,
    themeId: params.themeId || undefined,
    organisationId: params.organisationId || undefined,
    asOf: /^\d{4}-\d{2}-\d{2}$/.test(params.asOf) ? params.asOf : undefined,
  };
  const graphData = useQuery({
    queryKey: ['graph', ws.id, query],
    queryFn: ({ signal }) => graphApi.graph(ws.id, query, signal),
    staleTime: 30_000,
  });
  const data = graphData.data;
  const layout = useNetworkLayout(ws.id, layoutKey(query.centre), data);
  const nodesById = useMemo(() => new Map((data?.nodes ?? []).map((n) => [n.id, n])), [data]);
  const nodeIds = useMemo(() => data?.nodes.map((n) => n.id), [data]);
  const encoded = usePictureEncoding(ws.id, query, nodeIds, params);
  const { size: sizeBy, colour: colourEncoding } = encoded.encoding;
  const built = useMemo(() => {
    if (!data || !layout.positions) return null;
    const result = buildGraph(data, layout.positions, { colourBy, hiddenRelationTypes: hiddenTypes });
    const legend = encoded.metrics ? applyEncoding(result.graph, encoded.metrics, { size: sizeBy, colour: colourEncoding }) : null;
    return { ...result, legend };
  }, [data, layout.positions, colourBy, hiddenTypes, encoded.metrics, sizeBy, colourEncoding]);
  const presentTypes = useMemo(
    () => [...new Set((data?.edges ?? []).map((e) => e.type))].sort((a, b) => fmt.compare(relationTypes.label(a), relationTypes.label(b))),
    [data, fmt, relationTypes],
  );

  const kindLabel = useCallback(
    (node: GraphNode) =>
      node.type === 'person'
        ? t('searchTypes.person')
        : organisationKindKeys.has(node.kind ?? '')
          ? t(`organisationKinds.${node.kind as 'other'}`)
          : t('searchTypes.organisation'),
    [t],
  );
  const groupName = useCallback(
    (group: string | null) => {
      if (!group) return t('network.noGroup');
      if (colourBy === 'kind')
        return group === 'person'
          ? t('searchTypes.person')
          : organisationKindKeys.has(group)
            ? t(`organisationKinds.${group as 'other'}`)
            : group;
      return nodesById.get(group)?.label ?? organisationOptions.find((o) => o.value === group)?.label ?? t('network.unknownOrganisation');
    },
    [colourBy, nodesById, organisationOptions, t],
  );
  const organisationLabel = useCallback((node: GraphNode) => groupName(groupOf(node, 'organisation')), [groupName]);

  const searchNodes = useCallback(
    async (text: string): Promise<ComboOption[]> => {
      const needle = text.toLocaleLowerCase();
      return (data?.nodes ?? [])
        .filter((n) => n.label.toLocaleLowerCase().includes(needle))
        .sort((a, b) => fmt.compare(a.label, b.label))
        .slice(0, 12)
        .map((n) => ({ id: n.id, title: n.label, subtitle: kindLabel(n), type: n.type }));
    },
    [data, fmt, kindLabel],
  );

  const exportAs = async (format: 'svg' | 'png') => {
    const renderer = canvas.current?.renderer();
    if (!renderer) return;
    setExporting(true);
    try {
      const svg = viewToSvg(renderer, t('network.title'));
      const { width, height } = renderer.getDimensions();
      const blob = format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg, width, height);
      download(blob, `kring-${t('network.fileName')}-${new Date().toISOString().slice(0, 10)}.${format}`);
    } finally {
      setExporting(false);
    }
  };

  const shownNode = nodesById.get(selected ?? hovered ?? '');
  const legend = built ? [...built.colours.entries()].slice(0, 11) : [];
  const hasOther = built ? built.colours.size > 11 || (data?.nodes ?? []).some((n) => !groupOf(n, colourBy)) : false;

  return (
    <>
      <Heading level={1}>{t('network.title')}</Heading>
      <Paragraph purpose="lead">{t('network.intro')}</Paragraph>
      <form className="kring-network__controls" aria-label={t('network.controls')} onSubmit={(e) => e.preventDefault()}>
        <Fieldset className="kring-fieldset">
          <FieldsetLegend>{t('network.scope')}</FieldsetLegend>
          <div className="kring-filters">
            <PartyCombobox
              id="network-centre"
              workspaceId={ws.id}
              types={['person', 'organisation']}
              label={t('network.centre')}
              description={t('network.centreHint')}
              text={params.centreName}
              onSelect={(hit) => setParams({ centre: hit.id, centreName: hit.title })}
            />
            <SelectField
              name="depth"
              label={t('network.depth')}
              value={params.depth}
              options={[1, 2, 3].map((d) => ({ value: String(d), label: t('network.steps', { count: d }) }))}
              onChange={(depth) => setParams({ depth })}
            />
          </div>
          {params.centre ? (
            <Button purpose="subtle" onClick={() => setParams({ centre: '', centreName: '' })}>
              {t('network.wholeWorkspace')}
            </Button>
          ) : null}
        </Fieldset>
        <Fieldset className="kring-fieldset">
          <FieldsetLegend>{t('network.filters')}</FieldsetLegend>
          <div className="kring-filters">
            <SelectField
              name="themeId"
              label={t('network.theme')}
              value={params.themeId}
              emptyLabel={t('list.all')}
              options={(themes.data?.data ?? []).map((th) => ({ value: th.id, label: th.title }))}
              onChange={(themeId) => setParams({ themeId })}
            />
            <SelectField
              name="organisationId"
              label={t('network.organisation')}
              value={params.organisationId}
              emptyLabel={t('list.all')}
              options={organisationOptions}
              onChange={(organisationId) => setParams({ organisationId })}
            />
            <TextField
              name="asOf"
              type="date"
              label={t('network.asOf')}
              description={t('network.asOfHint')}
              value={params.asOf}
              onChange={(asOf) => setParams({ asOf })}
            />
            <EncodingSelects size={sizeBy} colour={colourEncoding ?? colourBy} onChange={setParams} />
          </div>
          {presentTypes.length > 0 ? (
            <Fieldset className="kring-fieldset kring-fieldset--plain kring-checkbox-row">
              <FieldsetLegend>{t('network.relationTypes')}</FieldsetLegend>
              {presentTypes.map((type) => (
                <CheckboxField
                  key={type}
                  name={`relationType-${type}`}
                  label={relationTypes.label(type)}
                  checked={!hiddenTypes.has(type)}
                  onChange={(on) =>
                    setHiddenTypes((current) => {
                      const next = new Set(current);
                      if (on) next.delete(type);
                      else next.add(type);
                      return next;
                    })
                  }
                />
              ))}
            </Fieldset>
          ) : null}
        </Fieldset>
      </form>

      {graphData.error ? <LoadError error={graphData.error} /> : null}
      {layout.error ? <LoadError error={layout.error} /> : null}
      {graphData.isPending ? <Loading label={t('network.loading')} /> : null}
      {encoded.metricsQuery.error ? <LoadError error={encoded.metricsQuery.error} /> : null}
      {encoded.needed && encoded.metricsQuery.isFetching ? <Loading label={t('networkEncoding.metricsLoading')} /> : null}
      {data && !layout.positions && !layout.error ? <Loading label={t('network.layingOut')} /> : null}
      {data?.truncated ? (
        <Alert type="warning">
          <Paragraph>{t('network.truncated')}</Paragraph>
        </Alert>
      ) : null}

      {data && built ? (
        <PageSection titleId="picture-title" title={t('network.picture')}>
          <Paragraph role="status" className="kring-muted" data-testid="network-status">
            {t('network.summary', { nodes: fmt.number(built.graph.order), edges: fmt.number(built.graph.size) })}{' '}
            {layout.source === 'saved' ? t('network.layoutSaved') : t('network.layoutComputed', { ms: fmt.number(Math.round(layout.ms)) })}
          </Paragraph>
          {data.nodes.length === 0 ? (
            <Paragraph>{t('network.empty')}</Paragraph>
          ) : !webgl ? (
            <Alert type="info">
              <Paragraph>{t('network.noWebgl')}</Paragraph>
            </Alert>
          ) : (
            <>
              <div className="kring-network__toolbar">
                <div className="kring-network__search">
                  <Combobox
                    id="network-find"
                    label={t('network.find')}
                    search={searchNodes}
                    clearOnSelect
                    onSelect={(o) => {
                      setSelected(o.id);
                      canvas.current?.focusNode(o.id);
                    }}
                  />
                </div>
                <div className="kring-network__buttons" role="group" aria-label={t('network.view')}>
                  <Button purpose="secondary" onClick={() => canvas.current?.zoom('in')}>
                    {t('network.zoomIn')}
                  </Button>
                  <Button purpose="secondary" onClick={() => canvas.current?.zoom('out')}>
                    {t('network.zoomOut')}
                  </Button>
                  <Button purpose="secondary" onClick={() => canvas.current?.zoom('reset')}>
                    {t('network.reset')}
                  </Button>
                  <Button purpose="subtle" onClick={() => canvas.current?.pan(0, -0.2)} aria-label={t('network.panUp')}>
                    ↑
                  </Button>
                  <Button purpose="subtle" onClick={() => canvas.current?.pan(0, 0.2)} aria-label={t('network.panDown')}>
                    ↓
                  </Button>
                  <Button purpose="subtle" onClick={() => canvas.current?.pan(-0.2, 0)} aria-label={t('network.panLeft')}>
                    ←
                  </Button>
                  <Button purpose="subtle" onClick={() => canvas.current?.pan(0.2, 0)} aria-label={t('network.panRight')}>
                    →
                  </Button>
                </div>
                <div className="kring-network__buttons" role="group" aria-label={t('network.export')}>
                  <Button purpose="secondary" busy={exporting} onClick={() => void exportAs('png')}>
                    {t('network.exportPng')}
                  </Button>
                  <Button purpose="secondary" busy={exporting} onClick={() => void exportAs('svg')}>
                    {t('network.exportSvg')}
                  </Button>
                </div>
              </div>
              <div className="kring-network">
                <NetworkCanvas
                  ref={canvas}
                  graph={built.graph}
                  selected={selected}
                  onHover={setHovered}
                  onSelect={setSelected}
                  label={t('network.canvasLabel', { nodes: built.graph.order, edges: built.graph.size })}
                />
                <NodePanel
                  workspaceId={ws.id}
                  node={shownNode}
                  kindLabel={shownNode ? kindLabel(shownNode) : ''}
                  groupLabel={shownNode ? organisationLabel(shownNode) : ''}
                  pinned={selected !== null}
                  onClear={() => setSelected(null)}
                  onCentre={(id) => {
                    setSelected(null);
                    setParams({ centre: id, centreName: nodesById.get(id)?.label ?? '' });
                  }}
                />
              </div>
              {built.legend ? (
                <EncodingLegendView legend={built.legend} communityLabel={encoded.communityLabel} />
              ) : (
                <div className="kring-legend">
                  <Heading level={3} appearance="level-5">
                    {t('network.legend')}
                  </Heading>
                  <ul>
                    {legend.map(([group, colour]) => (
                      <li key={group}>
                        <span className="kring-legend__swatch" style={{ background: colour }} aria-hidden="true" />
                        {groupName(group)}
                      </li>
                    ))}
                    {hasOther ? (
                      <li>
                        <span className="kring-legend__swatch" style={{ background: otherColour }} aria-hidden="true" />
                        {t('network.otherGroup')}
                      </li>
                    ) : null}
                  </ul>
                </div>
              )}
            </>
          )}
        </PageSection>
      ) : null}

      {data ? (
        <PageSection titleId="network-list-title" title={t('network.list')}>
          <Paragraph>{t('network.listIntro')}</Paragraph>
          <AdjacencyTable
            workspaceId={ws.id}
            data={data}
            hiddenRelationTypes={hiddenTypes}
            relationLabel={relationTypes.label}
            kindLabel={kindLabel}
            groupLabel={organisationLabel}
            extraColumns={encoded.columns}
          />
        </PageSection>
      ) : null}
    </>
  );
}
