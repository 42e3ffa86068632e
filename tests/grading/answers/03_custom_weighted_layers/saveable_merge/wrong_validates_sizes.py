# Misconception: inputs fit when they hold as many values (shapes (2, 3) and (3, 2) do,
# and cannot be added element by element).
# (explained from the shapes' layout, no table entry)
# Expect: fail "hold as many values but are laid out differently"
class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        sizes = [int(np.prod(shape[1:])) for shape in input_shape]
        if len(set(sizes)) != 1:
            raise ValueError(f"WeightedMerge needs inputs of one size. Received: {input_shape}")
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits / self.temperature)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))

    def get_config(self):
        return {**super().get_config(), "temperature": self.temperature}


def load_merge_model(path):
    return keras.saving.load_model(path, custom_objects={"WeightedMerge": WeightedMerge})
