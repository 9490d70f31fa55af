{{/*
Everything a Wams service needs, as one stream of documents. A service chart's only template is
  {{ include "wams-common.resources" . }}
*/}}
{{- define "wams-common.resources" -}}
{{- include "wams-common.validate" . -}}
{{- $documents := list
  (include "wams-common.serviceAccount" .)
  (include "wams-common.configmap" .)
  (include "wams-common.secret" .)
  (include "wams-common.service" .)
  (include "wams-common.deployment" .)
  (include "wams-common.podDisruptionBudget" .)
  (include "wams-common.horizontalPodAutoscaler" .)
  (include "wams-common.networkPolicy" .)
  (include "wams-common.ingress" .) -}}
{{- range $documents }}
{{- if trim . }}
---
{{ . }}
{{- end }}
{{- end }}
{{- end -}}
