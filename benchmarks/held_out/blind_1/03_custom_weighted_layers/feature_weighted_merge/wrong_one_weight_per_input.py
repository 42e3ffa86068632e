# Misconception: one logit per input, as in the lesson
# Expect: fail
class FeatureWeightedMerge(keras.layers.Layer):
    """Mixes its inputs feature by feature."""

    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        w = keras.ops.softmax(self.logits)
        return sum(w[i] * x for i, x in enumerate(inputs))
