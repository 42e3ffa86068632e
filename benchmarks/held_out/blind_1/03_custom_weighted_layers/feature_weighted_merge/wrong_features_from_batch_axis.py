# Misconception: input_shape[0][0] is the number of features
# Expect: fail
class FeatureWeightedMerge(keras.layers.Layer):
    """Mixes its inputs feature by feature."""

    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape), input_shape[0][0]), initializer="zeros")

    def call(self, inputs):
        w = keras.ops.softmax(self.logits, axis=0)
        return sum(w[i] * x for i, x in enumerate(inputs))
