# Misconception: make_train_function(force=True) is all the repair needs (rate stays 0.1)
# Expect: fail
def prepare_fine_tuning(model, extractor):
    extractor.get_layer("hidden").trainable = False
    extractor.get_layer("norm").trainable = False
    model.make_train_function(force=True)
    return model
