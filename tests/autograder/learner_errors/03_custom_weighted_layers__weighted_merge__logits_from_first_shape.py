# Mistake: logits shaped by input_shape[0], a whole shape.
# Cause: "\(None, 4\)"
# ruff: noqa: F821 -- a notebook cell: keras and np come from the notebook
class WeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(input_shape[0],), initializer="zeros")

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
