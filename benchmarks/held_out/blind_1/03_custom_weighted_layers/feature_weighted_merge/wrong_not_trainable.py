# Misconception: the logits need not be trainable if they start at zero
# Expect: fail
class FeatureWeightedMerge(keras.layers.Layer):
    """Mixes its inputs feature by feature."""

    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape), input_shape[0][-1]), initializer="zeros", trainable=False)

    def call(self, inputs):
        w = keras.ops.softmax(self.logits, axis=0)
        return sum(w[i] * x for i, x in enumerate(inputs))
