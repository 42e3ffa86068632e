# Misconception: NumPy works on a layer's variables like on any array (np.exp reads the
# variable's current values into a constant: the model keeps the starting mix).
# (explained from the error and the learner's line by custom_weighted_layers.explain_layer_error, no table entry)
# Expect: fail "NumPy was used on the layer's variable or its inputs \(`e = np\.exp\(self\.logits\)`\)"
class WeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        e = np.exp(self.logits)
        weights = e / e.sum()
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
