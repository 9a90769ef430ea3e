{#- The PDF cover (mkdocs-print-site-plugin renders it with `config`). -#}
{% set zh = config.theme.language == "zh" %}
<div class="pdf-cover">
  <h1>{{ config.site_name }}</h1>
  <p class="pdf-cover__description">{{ config.site_description }}</p>
  <table>
    <tr><td>{{ "版本" if zh else "Version" }}</td><td>{{ config.extra.pdf.version }}</td></tr>
    <tr><td>{{ "构建日期" if zh else "Built" }}</td><td>{{ config.extra.pdf.date }}</td></tr>
    <tr><td>{{ "提交" if zh else "Commit" }}</td><td><code>{{ config.extra.pdf.commit }}</code></td></tr>
    <tr><td>{{ "在线阅读" if zh else "Read online" }}</td><td>{{ config.site_url }}{{ "" if zh else "en/" }}</td></tr>
  </table>
</div>
