# Alternative: unstack the weights and zip them with the inputs, keras.activations.softmax on the transposed logits
# Expect: pass
from keras import ops


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.w = self.add_weight(shape=(len(input_shape), input_shape[0][1]))

    def call(self, inputs):
        weights = ops.transpose(keras.activations.softmax(ops.transpose(self.w), axis=-1))
        return ops.sum(ops.stack([w * x for w, x in zip(ops.unstack(weights, axis=0), inputs)]), axis=0)
