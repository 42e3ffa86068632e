# Misconception: a layer's weights go in self.weights (pre-Keras-3 tutorials do this).
# Expect: fail "Layer.weights is a read-only property"
class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.weights = self.add_weight(shape=(len(input_shape), input_shape[0][-1]))

    def call(self, inputs):
        mix = keras.ops.softmax(self.weights, axis=0)
        return sum(mix[i] * tensor for i, tensor in enumerate(inputs))
