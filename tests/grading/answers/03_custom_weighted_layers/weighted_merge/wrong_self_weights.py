# Misconception: a layer's weights go in self.weights (pre-Keras-3 tutorials do this).
# Expect: fail "Layer.weights is a read-only property"
class WeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.weights = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        mix = keras.ops.softmax(self.weights)
        return sum(mix[i] * tensor for i, tensor in enumerate(inputs))
