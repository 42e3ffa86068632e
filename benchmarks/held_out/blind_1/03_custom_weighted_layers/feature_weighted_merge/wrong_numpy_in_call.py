# Misconception: numpy can compute the softmax inside call()
# Expect: fail
class FeatureWeightedMerge(keras.layers.Layer):
    """Mixes its inputs feature by feature."""

    def build(self, input_shape):
        n, features = len(input_shape), input_shape[0][-1]
        self.logits = self.add_weight(shape=(n, features), initializer="zeros", name="logits")

    def call(self, inputs):
        logits = np.array(self.logits)
        w = np.exp(logits) / np.exp(logits).sum(axis=0)
        return sum(w[i] * x for i, x in enumerate(inputs))
