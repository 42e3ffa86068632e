# Misconception: the number of inputs is known only in call(), so the weights are made
# there (Keras locks a built layer: state belongs in __init__ or build).
# Expect: fail "Keras 3 tracks a layer's state only from __init__\(\) and build\(\)"
class WeightedMerge(keras.layers.Layer):
    def call(self, inputs):
        self.logits = self.add_weight(shape=(len(inputs),), initializer="zeros")
        weights = keras.ops.softmax(self.logits)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
