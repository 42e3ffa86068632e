# Mistake: logits laid out (features, inputs), multiplied with the inputs stacked on axis 0
# (inputs, batch, features) without a transpose.
# Cause: "a table laid out \(features, inputs\)"
# ruff: noqa: F821 -- a notebook cell: keras and np come from the notebook
class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(
            shape=(input_shape[0][-1], len(input_shape)), initializer="zeros"
        )

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits, axis=-1)
        stacked = keras.ops.stack(inputs, axis=0)
        return keras.ops.sum(stacked * weights, axis=0)
