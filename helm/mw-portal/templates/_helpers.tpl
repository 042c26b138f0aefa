{{- define "mw-portal.name" -}}
{{- .Chart.Name -}}
{{- end -}}

{{- define "mw-portal.fullname" -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "mw-portal.labels" -}}
app.kubernetes.io/name: {{ include "mw-portal.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "mw-portal.selectorLabels" -}}
app.kubernetes.io/name: {{ include "mw-portal.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}
