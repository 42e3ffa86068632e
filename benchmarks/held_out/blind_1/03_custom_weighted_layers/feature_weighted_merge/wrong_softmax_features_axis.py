# Misconception: softmax over the last axis, as it usually is
# Expect: fail
class FeatureWeightedMerge(keras.layers.Layer):
    """Mixes its inputs feature by feature."""

    def build(self, input_shape):
        n, features = len(input_shape), input_shape[0][-1]
        self.logits = self.add_weight(shape=(n, features), initializer="zeros", name="logits")

    def call(self, inputs):
        w = keras.ops.softmax(self.logits, axis=-1)
        return sum(w[i] * x for i, x in enumerate(inputs))
