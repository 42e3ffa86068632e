# Alternative: stack the inputs on a new first axis, softmax over axis 0, sum over axis 0
# Expect: pass
from keras import ops


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(
            shape=(len(input_shape), input_shape[0][-1]), initializer="zeros", name="logits"
        )

    def call(self, inputs):
        stacked = ops.stack(inputs, axis=0)  # (inputs, batch, features)
        weights = ops.softmax(self.logits, axis=0)[:, None, :]
        return ops.sum(weights * stacked, axis=0)
