# Misconception: loading the file is what the function does; its result needs no return
# (explained by check_round_trip from what the loader returns, no table entry)
# Expect: fail "the function ends without `return`"
class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        shapes = [tuple(shape) for shape in input_shape]
        if len(set(shapes)) != 1:
            raise ValueError(f"WeightedMerge needs inputs of one shape. Received: {shapes}")
        self.logits = self.add_weight(shape=(len(shapes),), initializer="zeros", name="logits")

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits / self.temperature)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))

    def get_config(self):
        return {**super().get_config(), "temperature": self.temperature}


def load_merge_model(path):
    keras.saving.load_model(path, custom_objects={"WeightedMerge": WeightedMerge})
