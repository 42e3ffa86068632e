# Mistake: the features read as input_shape[0], a whole shape, not its last entry.
# Cause: "\(None, \d+\)"
# ruff: noqa: F821 -- a notebook cell: keras and np come from the notebook
class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape), input_shape[0]), initializer="zeros")

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits, axis=0)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
