# Misconception: call() may turn its inputs into NumPy arrays to stack them (explained from the error and the learner's line by raised.values_of_symbolic, no table entry).
# Expect: fail "\.numpy\(\) asks `x` for its values inside FeatureWeightedMerge\.call\(\)"
class FeatureWeightedMerge(keras.layers.Layer):
    """Mixes its inputs feature by feature."""

    def build(self, input_shape):
        self.logits = self.add_weight(
            shape=(len(input_shape), input_shape[0][-1]), initializer="zeros"
        )

    def call(self, inputs):
        stacked = np.stack([x.numpy() for x in inputs])
        weights = keras.ops.softmax(self.logits, axis=0)
        return keras.ops.sum(weights[:, None, :] * stacked, axis=0)
