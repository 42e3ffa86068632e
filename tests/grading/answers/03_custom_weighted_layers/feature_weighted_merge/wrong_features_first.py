# Misconception: the logits may be laid out (features, inputs), the softmax over its last axis
# (the inputs), transposed when used — the task states (number of inputs, features)
# (explained from the variable's shape by custom_weighted_layers._check_layout, no table entry)
# Expect: fail "laid out the other way round, \(features, inputs\)"
class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.table = self.add_weight(shape=(input_shape[0][-1], len(input_shape)))

    def call(self, inputs):
        weights = keras.ops.transpose(keras.ops.softmax(self.table, axis=-1))
        out = weights[0] * inputs[0]
        for i in range(1, len(inputs)):
            out = out + weights[i] * inputs[i]
        return out
