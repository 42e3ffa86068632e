# Misconception: one weight per value of an input, shaped as the first input is (explained from the add_weight call and the shape build() received by raised.none_in_weight_shape, no table entry).
# Expect: fail "gives the weight a whole input shape, \(None, 4\), batch axis included"
class FeatureWeightedMerge(keras.layers.Layer):
    """Mixes its inputs feature by feature."""

    def build(self, input_shape):
        self.logits = [
            self.add_weight(shape=input_shape[0], initializer="zeros") for _ in input_shape
        ]

    def call(self, inputs):
        w = keras.ops.softmax(keras.ops.stack(self.logits), axis=0)
        return sum(w[i] * x for i, x in enumerate(inputs))
