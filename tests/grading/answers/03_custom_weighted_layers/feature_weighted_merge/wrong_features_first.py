# Alternative: the variable laid out (features, inputs), the softmax over its last axis (the
# inputs), transposed when used.
# Expect: pass
class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.table = self.add_weight(shape=(input_shape[0][-1], len(input_shape)))

    def call(self, inputs):
        weights = keras.ops.transpose(keras.ops.softmax(self.table, axis=-1))
        out = weights[0] * inputs[0]
        for i in range(1, len(inputs)):
            out = out + weights[i] * inputs[i]
        return out
