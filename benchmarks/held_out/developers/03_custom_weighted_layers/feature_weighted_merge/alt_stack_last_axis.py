# Alternative: stack on the last axis and use the transposed weights
# Expect: pass
import keras
from keras import ops


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        count = len(input_shape)
        width = input_shape[0][-1]
        self.mix_logits = self.add_weight(
            name="mix_logits", shape=(count, width), initializer="random_normal", trainable=True
        )
        super().build(input_shape)

    def call(self, inputs):
        stacked = ops.stack(inputs, axis=-1)  # (batch, features, inputs)
        weights = ops.transpose(ops.softmax(self.mix_logits, axis=0))  # (features, inputs)
        return ops.sum(stacked * weights, axis=-1)
