# Misconception: stacking the inputs then a softmax along axis 0 of the weighted stack does the mixing
# Expect: fail
from keras import ops


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape), input_shape[0][-1]), initializer="zeros")

    def call(self, inputs):
        stacked = ops.stack(inputs, axis=0)  # (inputs, batch, features)
        scores = stacked * self.logits[:, None, :]
        return ops.sum(ops.softmax(scores, axis=0) * stacked, axis=0)
