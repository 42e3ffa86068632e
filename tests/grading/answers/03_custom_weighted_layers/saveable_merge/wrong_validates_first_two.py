# Misconception: if the first two inputs agree, they all do (a third of another shape
# goes through, and Keras broadcasts it).
# (explained from the shapes' layout, no table entry)
# Expect: fail "compares only some of its inputs"
class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        if tuple(input_shape[0]) != tuple(input_shape[1]):
            raise ValueError(f"WeightedMerge needs inputs of one shape. Received: {input_shape}")
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits / self.temperature)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))

    def get_config(self):
        return {**super().get_config(), "temperature": self.temperature}


def load_merge_model(path):
    return keras.saving.load_model(path, custom_objects={"WeightedMerge": WeightedMerge})
