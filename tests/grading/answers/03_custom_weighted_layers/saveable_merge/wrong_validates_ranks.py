# Misconception: inputs fit when they have as many axes (a rank check lets (4,) and (1,)
# through, and Keras broadcasts the size-1 axis) (explained by probing what the validation
# refuses, no table entry)
# Expect: fail "(?s)no error: the inputs were accepted.*the layer compares only the number of axes \(ranks\)"
class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        ranks = {len(shape) for shape in input_shape}
        if len(ranks) != 1:
            raise ValueError(f"WeightedMerge needs inputs of one rank. Received: {input_shape}")
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros", name="logits")

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits / self.temperature)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))

    def get_config(self):
        return {**super().get_config(), "temperature": self.temperature}


def load_merge_model(path):
    return keras.saving.load_model(path, custom_objects={"WeightedMerge": WeightedMerge})
