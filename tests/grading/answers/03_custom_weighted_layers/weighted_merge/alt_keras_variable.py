# Alternative: the variable made with keras.Variable in build() (Keras 3 tracks a variable
# assigned to a layer's attribute) instead of add_weight.
# Expect: pass
class WeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = keras.Variable(keras.ops.zeros((len(input_shape),)), name="logits")

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
